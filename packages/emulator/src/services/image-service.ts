import { faults } from '../api-fault';
import { DATACENTERS } from '../data/catalog';
import { formatApiDate } from '../data/dates';
import type { ImageRecord } from '../data/records';
import { locationView } from '../models/shared-views';
import { listArg, objectArg, toInteger } from './arguments';
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
    // Every datacenter can store an image template.
    getStorageLocations: () =>
      rows(
        'SoftLayer_Location',
        DATACENTERS.map((datacenter) => locationView(datacenter)),
      ),
    addLocations: (input) => {
      const image = privateImage(input.row as ImageRecord, 'add locations to');
      const ids = locationIds(input.call.args);
      input.context.state.mutate(() => {
        image.datacenterIds = [...new Set([...image.datacenterIds, ...ids])];
      });
      return value(true);
    },
    removeLocations: (input) => {
      const image = privateImage(input.row as ImageRecord, 'remove locations from');
      const ids = new Set(locationIds(input.call.args));
      const remaining = image.datacenterIds.filter((id) => !ids.has(id));
      if (remaining.length === 0) {
        throw faults.publicError('An image template must remain available in at least one location.');
      }
      input.context.state.mutate(() => {
        image.datacenterIds = remaining;
      });
      return value(true);
    },
    // An export starts a transaction on the real API and answers true; nothing here changes the image.
    copyToIcos: (input) => {
      privateImage(input.row as ImageRecord, 'export');
      const configuration = objectArg(input.call.args, 0, `${TYPE.replace('_Group', '')}_Configuration`);
      exportUri(configuration, 'cos://');
      if (typeof configuration.ibmApiKey !== 'string' || configuration.ibmApiKey.length === 0) {
        throw faults.publicError(
          'An IBM Cloud API key is required to export an image to IBM Cloud Object Storage.',
        );
      }
      return value(true);
    },
    copyToExternalSource: (input) => {
      privateImage(input.row as ImageRecord, 'export');
      exportUri(objectArg(input.call.args, 0, `${TYPE.replace('_Group', '')}_Configuration`), 'swift://');
      return value(true);
    },
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

/** Location and export calls act on the account's own (private) image templates only. */
function privateImage(image: ImageRecord, action: string): ImageRecord {
  if (image.accountId === null) {
    throw faults.publicError(`Unable to ${action} a public image template.`);
  }
  return image;
}

/** The datacenter ids of a `SoftLayer_Location[]` argument; an unknown location is a fault. */
function locationIds(args: readonly unknown[]): number[] {
  const locations = listArg(args, 0, 'SoftLayer_Location[]');
  return locations.map((location) => {
    const id =
      location !== null && typeof location === 'object'
        ? toInteger((location as { id?: unknown }).id)
        : undefined;
    if (id === undefined || !DATACENTERS.some((datacenter) => datacenter.id === id)) {
      throw faults.invalidValue(`Invalid location: ${JSON.stringify(location)}.`);
    }
    return id;
  });
}

/** swift://<account>@<cluster>/<container>/<object> or cos://<region>/<bucket>/<object>. */
function exportUri(configuration: Record<string, unknown>, scheme: 'cos://' | 'swift://'): string {
  const uri = configuration.uri;
  const pattern =
    scheme === 'cos://' ? /^cos:\/\/[^/\s]+\/[^/\s]+\/\S+$/ : /^swift:\/\/[^@/\s]+@[^/\s]+\/[^/\s]+\/\S+$/;
  if (typeof uri !== 'string' || !pattern.test(uri)) {
    throw faults.invalidValue(
      `Invalid URI ${JSON.stringify(uri ?? '')}: expected ${scheme === 'cos://' ? 'cos://<regionName>/<bucketName>/<objectPath>' : 'swift://<objectStorageAccount>@<cluster>/<container>/<objectPath>'}.`,
    );
  }
  return uri;
}
