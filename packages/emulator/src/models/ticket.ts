import { TICKET_STATUSES, TICKET_SUBJECTS } from '../data/catalog';
import { formatApiDate } from '../data/dates';
import type { TicketAttachmentRecord, TicketRecord, TicketUpdateRecord } from '../data/records';
import { compact, defineModel, type TypeModel } from './type-model';

export const ticketModel: TypeModel<unknown> = defineModel<TicketRecord>({
  type: 'SoftLayer_Ticket',
  local(ticket, context) {
    return {
      id: ticket.id,
      accountId: context.state.accountId,
      assignedUserId: ticket.assignedUserId,
      createDate: formatApiDate(ticket.createdAt),
      lastEditDate: formatApiDate(ticket.modifiedAt),
      lastEditType: 'USER',
      modifyDate: formatApiDate(ticket.modifiedAt),
      priority: ticket.priority,
      serviceProviderId: 1,
      serviceProviderResourceId: ticket.serviceProviderResourceId,
      statusId: ticket.statusId,
      subjectId: ticket.subjectId,
      title: ticket.title,
    };
  },
  relations: {
    status: {
      type: 'SoftLayer_Ticket_Status',
      get: (ticket) => TICKET_STATUSES.find((status) => status.id === ticket.statusId),
    },
    subject: {
      type: 'SoftLayer_Ticket_Subject',
      get: (ticket) => TICKET_SUBJECTS.find((subject) => subject.id === ticket.subjectId),
    },
    assignedUser: {
      type: 'SoftLayer_User_Customer',
      get: (ticket, context) => context.state.users.get(ticket.assignedUserId),
    },
    updates: {
      type: 'SoftLayer_Ticket_Update',
      get: (ticket, context) => context.state.ticketUpdates.filter((update) => update.ticketId === ticket.id),
    },
    attachedFiles: {
      type: 'SoftLayer_Ticket_Attachment_File',
      get: (ticket, context) => context.state.ticketAttachments.filter((file) => file.ticketId === ticket.id),
    },
    attachedVirtualGuests: {
      type: 'SoftLayer_Virtual_Guest',
      get: (ticket, context) =>
        ticket.attachedGuestIds
          .map((id) => context.state.guests.get(id))
          .filter((guest) => guest !== undefined),
    },
    attachedHardware: {
      type: 'SoftLayer_Hardware',
      get: (ticket, context) =>
        ticket.attachedHardwareIds.map((id) => context.state.hardware.get(id)).filter((server) => server),
    },
    account: { type: 'SoftLayer_Account', get: (_ticket, context) => context.state },
  },
});

export const ticketUpdateModel: TypeModel<unknown> = defineModel<TicketUpdateRecord>({
  type: 'SoftLayer_Ticket_Update',
  local(update) {
    return {
      id: update.id,
      ticketId: update.ticketId,
      entry: update.entry,
      createDate: formatApiDate(update.createdAt),
      editorId: update.editorId,
      editorType: update.editorType,
    };
  },
  relations: {
    editor: {
      type: 'SoftLayer_User_Interface',
      get: (update, context) => {
        // The reference CLI reads `displayName` as "an employee wrote this", `firstName` as a customer user.
        const user = update.editorType === 'USER' ? context.state.users.get(update.editorId) : undefined;
        return user
          ? { id: user.id, firstName: user.firstName, lastName: user.lastName }
          : { id: update.editorId, displayName: 'SoftLayer Support' };
      },
    },
    ticket: {
      type: 'SoftLayer_Ticket',
      get: (update, context) => context.state.tickets.get(update.ticketId),
    },
  },
});

export const ticketAttachmentModel: TypeModel<unknown> = defineModel<TicketAttachmentRecord>({
  type: 'SoftLayer_Ticket_Attachment_File',
  local(file) {
    return compact({
      id: file.id,
      ticketId: file.ticketId,
      fileName: file.fileName,
      fileSize: String(file.fileSize),
      createDate: formatApiDate(file.createdAt),
      modifyDate: formatApiDate(file.createdAt),
      uploaderType: 'USER',
    });
  },
  relations: {},
});
