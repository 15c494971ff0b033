import forces from './forces.json' with { type: 'json' };

/**
 * The regions the register groups forces by: the nine English regions and Wales. A geographic grouping
 * (where each force area lies), not the inspectorate's own HMI regions, which change with its
 * inspectors' portfolios.
 */
export const REGIONS = [
  'North East',
  'North West',
  'Yorkshire and the Humber',
  'East Midlands',
  'West Midlands',
  'East of England',
  'London',
  'South East',
  'South West',
  'Wales',
] as const;

export type Region = (typeof REGIONS)[number];

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
