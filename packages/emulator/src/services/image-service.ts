import { formatApiDate } from '../data/dates';
import type { ImageRecord } from '../data/records';
import { objectArg } from './arguments';
import { rows, type ServiceDefinition, value } from './service-definition';

const TYPE = 'SoftLayer_Virtual_Guest_Block_Device_Template_Group';

export const imageService: ServiceDefinition = {
  name: TYPE,
  type: TYPE,
  find: (id, context) => {
    const image = context.state.images.get(id);
    return image && (image.accountId === null || image.accountId === context.state.accountId)
      ? image
      : undefined;
  },
  methods: {
    getPublicImages: (input) =>
      rows(
        TYPE,
        input.context.state.images.filter((image) => image.accountId === null),
      ),
    getVhdImportSoftwareDescriptions: () => value([]),
    editObject: (input) => {
      const template = objectArg(input.call.args, 0, `${TYPE} template`);
      const image = input.row as ImageRecord;
      input.context.state.mutate(() => {
        if (typeof template.name === 'string') image.name = template.name;
        if (typeof template.note === 'string') image.note = template.note;
      });
      return value(true);
    },
    setTags: (input) => {
      const image = input.row as ImageRecord;
      const text = typeof input.call.args[0] === 'string' ? input.call.args[0] : '';
      input.context.state.mutate(() => {
        image.tags = [
          ...new Set(
            text
              .split(',')
              .map((tag) => tag.trim())
              .filter(Boolean),
          ),
        ];
      });
      return value(true);
    },
    deleteObject: (input) => {
      const image = input.row as ImageRecord;
      input.context.state.mutate(() => input.context.state.images.delete(image.id));
      return value({
        id: image.id + 2_000_000,
        createDate: formatApiDate(input.context.now),
        elapsedSeconds: 0,
        statusChangeDate: formatApiDate(input.context.now),
        transactionStatus: { name: 'DELETE_IMAGE', friendlyName: 'Delete image template' },
      });
    },
  },
};
