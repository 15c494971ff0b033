import forces from './forces.json' with { type: 'json' };
import type { Region } from './regions.js';

// In a module of their own, so that <peel-compare>'s chunk can have them without the register's JSON.
export { REGIONS } from './regions.js';
export type { Region };

/** One of the 43 territorial police forces of England and Wales. */
export interface Force {
  /** The slug the national police data API (data.police.uk) uses, which is also the inspectorate's URL slug. */
  readonly id: string;
  /** The official English name. */
  readonly name: string;
  /** The Welsh name, for the four Welsh forces only. */
  readonly cy?: string;
  readonly region: Region;
}

/** The register, in alphabetical order of id. */
export const FORCES = forces as readonly Force[];

const byId = new Map(FORCES.map((force) => [force.id, force]));

/** The force with this id, or undefined: an unknown id is the caller's warning to give, not an error. */
export const forceById = (id: string): Force | undefined => byId.get(id);
