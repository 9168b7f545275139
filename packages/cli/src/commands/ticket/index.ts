import type { GroupSpec } from '../../define-command';
import { deviceCommand } from './attach-devices';
import create from './create';
import detail from './detail';
import list from './list';
import subjects from './subjects';
import summary from './summary';
import update from './update';
import upload from './upload';

const group: GroupSpec = {
  commands: [
    deviceCommand('attach'),
    create,
    deviceCommand('detach'),
    detail,
    list,
    subjects,
    summary,
    update,
    upload,
  ],
};
export default group;
