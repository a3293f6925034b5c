/**
 * One object of each class the people layer makes per text, kept for the life of the module: V8 drops
 * the hidden class of a class whose objects have all died at the next full garbage collection, and
 * with it all code compiled against that class, which it then compiles again for the next text.
 */
import { TokenList } from './token-list';
import { TokenRow, TokenTable } from './token-table';

const KEEP: object[] = [];

/** Keeps `o` (an object of a per-text class, in the state its class ends a text in) for the life of the module. */
export function keepShape(o: object): void {
  KEEP.push(o);
}

{
  const table = new TokenTable('', new Int32Array(4), 1);
  const list = new TokenList(table, 1);
  KEEP.push(list, new TokenRow(table, 0));
  list.retire();
}
