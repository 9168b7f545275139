import { faults } from '../api-fault';
import { TICKET_SUBJECTS } from '../data/catalog';
import type { TicketRecord } from '../data/records';
import type { ViewContext } from '../models/type-model';
import { integerArg, objectArg, toInteger } from './arguments';
import { type MethodInput, row, rows, type ServiceDefinition, value } from './service-definition';

function addUpdate(ticket: TicketRecord, entry: string, context: ViewContext) {
  const update = {
    id: context.state.allocateId('ticketUpdate'),
    ticketId: ticket.id,
    entry,
    createdAt: context.now,
    editorType: 'USER' as const,
    editorId: context.user.id,
  };
  context.state.ticketUpdates.insert(update);
  ticket.modifiedAt = context.now;
  return update;
}

function bytesToBase64(data: unknown): { base64: string; size: number } {
  if (data instanceof Uint8Array)
    return { base64: Buffer.from(data).toString('base64'), size: data.byteLength };
  if (typeof data === 'string')
    return {
      base64: Buffer.from(data, 'base64').toString('base64'),
      size: Buffer.from(data, 'base64').byteLength,
    };
  if (Array.isArray(data)) {
    const bytes = Buffer.from(data.map((byte) => Number(byte) & 255));
    return { base64: bytes.toString('base64'), size: bytes.byteLength };
  }
  throw faults.missingParameter('The attachment has no data.');
}

function attach(input: MethodInput, list: 'attachedGuestIds' | 'attachedHardwareIds', add: boolean) {
  const ticket = input.row as TicketRecord;
  const id = integerArg(input.call.args, 0, 'id');
  const { state } = input.context;
  const exists = list === 'attachedGuestIds' ? state.guests.get(id) : state.hardware.get(id);
  if (!exists) throw faults.objectNotFound(id);
  state.mutate(() => {
    ticket[list] = add ? [...new Set([...ticket[list], id])] : ticket[list].filter((other) => other !== id);
    ticket.modifiedAt = input.context.now;
  });
  return add
    ? value({ id: ticket.id * 100 + (id % 100), ticketId: ticket.id, attachmentId: id, createDate: null })
    : value(true);
}

export const ticketService: ServiceDefinition = {
  name: 'SoftLayer_Ticket',
  type: 'SoftLayer_Ticket',
  find: (id, context) => context.state.tickets.get(id),
  methods: {
    createStandardTicket: (input) => {
      const template = objectArg(input.call.args, 0, 'SoftLayer_Ticket template');
      const contents = input.call.args[1];
      if (typeof contents !== 'string' || contents.trim().length === 0) {
        throw faults.missingParameter('Please provide the contents of the ticket.');
      }
      const subjectId = toInteger(template.subjectId);
      if (subjectId === undefined || !TICKET_SUBJECTS.some((subject) => subject.id === subjectId)) {
        throw faults.invalidValue(`Invalid ticket subject: ${String(template.subjectId)}.`);
      }
      const { state } = input.context;
      const ticket = state.mutate(() => {
        const id = state.allocateId('ticket');
        const record: TicketRecord = {
          id,
          title:
            typeof template.title === 'string' && template.title
              ? template.title
              : TICKET_SUBJECTS.find((s) => s.id === subjectId)!.name,
          subjectId,
          statusId: 1001,
          priority: toInteger(template.priority) ?? 0,
          assignedUserId: toInteger(template.assignedUserId) ?? input.context.user.id,
          createdAt: input.context.now,
          modifiedAt: input.context.now,
          serviceProviderResourceId: 10_000_000 + (id % 1_000_000),
          attachedGuestIds: [],
          attachedHardwareIds: [],
        };
        state.tickets.insert(record);
        addUpdate(record, contents, input.context);
        const attachedId = toInteger(input.call.args[2]);
        const attachmentType = input.call.args[7];
        if (attachedId !== undefined) {
          if (attachmentType === 'HARDWARE') record.attachedHardwareIds.push(attachedId);
          else record.attachedGuestIds.push(attachedId);
        }
        return record;
      });
      return row('SoftLayer_Ticket', ticket);
    },
    addUpdate: (input) => {
      const template = objectArg(input.call.args, 0, 'SoftLayer_Ticket_Update template');
      if (typeof template.entry !== 'string' || template.entry.length === 0) {
        throw faults.missingParameter('The update entry is empty.');
      }
      const ticket = input.row as TicketRecord;
      const update = input.context.state.mutate(() =>
        addUpdate(ticket, template.entry as string, input.context),
      );
      return rows('SoftLayer_Ticket_Update', [update]);
    },
    addAttachedFile: (input) => {
      const file = objectArg(input.call.args, 0, 'SoftLayer_Container_Utility_File_Attachment');
      const fileName =
        typeof file.filename === 'string'
          ? file.filename
          : typeof file.fileName === 'string'
            ? file.fileName
            : undefined;
      if (!fileName) throw faults.missingParameter('The attachment needs a filename.');
      const { base64, size } = bytesToBase64(file.data);
      const ticket = input.row as TicketRecord;
      const { state } = input.context;
      const attachment = state.mutate(() => {
        const record = {
          id: state.allocateId('ticketAttachment'),
          ticketId: ticket.id,
          fileName,
          fileSize: size,
          createdAt: input.context.now,
          data: base64,
        };
        state.ticketAttachments.insert(record);
        ticket.modifiedAt = input.context.now;
        return record;
      });
      return row('SoftLayer_Ticket_Attachment_File', attachment);
    },
    addAttachedHardware: (input) => attach(input, 'attachedHardwareIds', true),
    addAttachedVirtualGuest: (input) => attach(input, 'attachedGuestIds', true),
    removeAttachedHardware: (input) => attach(input, 'attachedHardwareIds', false),
    removeAttachedVirtualGuest: (input) => attach(input, 'attachedGuestIds', false),
    markAsViewed: () => value(true),
    edit: (input) => {
      const template = objectArg(input.call.args, 0, 'SoftLayer_Ticket template');
      const ticket = input.row as TicketRecord;
      input.context.state.mutate(() => {
        if (typeof template.title === 'string') ticket.title = template.title;
        const statusId = toInteger(template.statusId);
        if (statusId !== undefined) ticket.statusId = statusId;
        if (typeof input.call.args[1] === 'string') addUpdate(ticket, input.call.args[1], input.context);
      });
      return row('SoftLayer_Ticket', ticket);
    },
  },
};

export const ticketSubjectService: ServiceDefinition = {
  name: 'SoftLayer_Ticket_Subject',
  type: 'SoftLayer_Ticket_Subject',
  find: (id) => TICKET_SUBJECTS.find((subject) => subject.id === id),
  methods: {
    getAllObjects: () => rows('SoftLayer_Ticket_Subject', TICKET_SUBJECTS),
  },
};
