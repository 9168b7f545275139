import { orderView } from '../models/account';
import { rows, type ServiceDefinition } from './service-definition';

export const billingOrderService: ServiceDefinition = {
  name: 'SoftLayer_Billing_Order',
  type: 'SoftLayer_Billing_Order',
  find: (id, context) => {
    const order = context.state.orders.get(id);
    return order ? orderView(order, context.state) : undefined;
  },
  methods: {
    getAllObjects: (input) =>
      rows(
        'SoftLayer_Billing_Order',
        input.context.state.orders.all().map((order) => orderView(order, input.context.state)),
      ),
  },
};

export const billingInvoiceService: ServiceDefinition = {
  name: 'SoftLayer_Billing_Invoice',
  type: 'SoftLayer_Billing_Invoice',
  find: (id, context) => context.state.invoices.get(id),
  methods: {},
};
