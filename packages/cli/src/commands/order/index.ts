import type { GroupSpec } from '../../define-command';
import categoryList from './category-list';
import itemList from './item-list';
import lookup from './lookup';
import packageList from './package-list';
import packageLocations from './package-locations';
import place from './place';
import placeQuote from './place-quote';
import presetList from './preset-list';
import quote from './quote';
import quoteDetail from './quote-detail';
import quoteList from './quote-list';
import quoteSave from './quote-save';

const group: GroupSpec = {
  commands: [
    categoryList,
    itemList,
    lookup,
    packageList,
    packageLocations,
    place,
    placeQuote,
    presetList,
    quote,
    quoteDetail,
    quoteList,
    quoteSave,
  ],
};
export default group;
