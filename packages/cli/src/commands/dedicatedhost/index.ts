import type { GroupSpec } from '../../define-command';
import { cancel, cancelGuests } from './cancel';
import create from './create';
import createOptions from './create-options';
import detail from './detail';
import list from './list';
import listGuests from './list-guests';

const group: GroupSpec = {
  commands: [cancel, cancelGuests, create, createOptions, detail, list, listGuests],
};
export default group;
