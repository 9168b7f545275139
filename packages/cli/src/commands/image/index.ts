import type { GroupSpec } from '../../define-command';
import datacenter from './datacenter';
import deleteImage from './delete';
import detail from './detail';
import edit from './edit';
import exportImage from './export';
import importImage from './import';
import list from './list';

const group: GroupSpec = {
  commands: [datacenter, deleteImage, detail, edit, exportImage, importImage, list],
};
export default group;
