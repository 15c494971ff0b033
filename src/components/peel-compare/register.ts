import { REGIONS } from '../../data/regions.js';
import type { Region } from '../../data/regions.js';

/**
 * The register of forces (src/data/forces.json) as the compare chunk needs it: each force's region
 * and the four Welsh names, without the English names, which the data carries. Written out short to
 * keep the chunk small; peel-compare.test.ts pins it to the register, force by force.
 */
const BY_REGION =
  'cleveland durham northumbria|cheshire cumbria greater-manchester lancashire merseyside|humberside north-yorkshire south-yorkshire west-yorkshire|derbyshire leicestershire lincolnshire northamptonshire nottinghamshire|staffordshire warwickshire west-mercia west-midlands|bedfordshire cambridgeshire essex hertfordshire norfolk suffolk|city-of-london metropolitan|hampshire kent surrey sussex thames-valley|avon-and-somerset devon-and-cornwall dorset gloucestershire wiltshire|dyfed-powys gwent north-wales south-wales';

const REGION_OF = new Map<string, Region>(
  BY_REGION.split('|').flatMap((ids, i) => ids.split(' ').map((id) => [id, REGIONS[i]!] as const)),
);

/** The region of a force in the register; undefined for an id the register does not know. */
export const regionOf = (id = '') => REGION_OF.get(id);

/** "Heddlu …": the Welsh forces' own names. */
export const WELSH: Record<string, string> = {
  'dyfed-powys': 'Heddlu Dyfed-Powys',
  gwent: 'Heddlu Gwent',
  'north-wales': 'Heddlu Gogledd Cymru',
  'south-wales': 'Heddlu De Cymru',
};
