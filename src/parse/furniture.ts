// Interim placeholder: replaced by the scanners branch.
import type { RemovedReason } from '../article.js';
/** Placeholder. */
export function furnitureReason(line: string): RemovedReason | null {
  if (/^(icon-\w+\s*)+$/.test(line.trim())) return 'share-icons';
  if (/^(E-mail to a friend|Watch .*»)$/.test(line.trim())) return 'furniture';
  return null;
}
