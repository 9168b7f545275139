import type { GroupSpec } from '../../define-command';
import create from './create';
import deleteGroup from './delete';
import detail from './detail';
import edit from './edit';
import eventLog from './event-log';
import { interfaceCommand } from './interface-change';
import interfaceList from './interface-list';
import list from './list';
import ruleAdd from './rule-add';
import ruleEdit from './rule-edit';
import ruleList from './rule-list';
import ruleRemove from './rule-remove';

const group: GroupSpec = {
  commands: [
    create,
    deleteGroup,
    detail,
    edit,
    eventLog,
    interfaceCommand('add'),
    interfaceList,
    interfaceCommand('remove'),
    list,
    ruleAdd,
    ruleEdit,
    ruleList,
    ruleRemove,
  ],
};
export default group;
