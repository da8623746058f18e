import type { Dataset } from '../../dataset/dataset.js';
import type { Event } from '../../model/records.js';
import { groupsOf } from './brief.js';
import { hubOf } from './hub.js';

// The lanes of a timeline drawn by country (the chart, TimelineJS groups): which countries an
// event is shown under. With --country, the countries asked for that the event reaches, itself
// or through a group; without, the countries it names, leaving out the dataset's hub (hub.ts:
// Pakistan in the built-in data, which nearly every event names) where the event names another.

/** The lane ids an event is shown in, in the order of the countries asked for, else as the event names them. */
export type Lanes = (event: Event) => readonly string[];

/** How events are laid out in lanes for the countries asked for (none: every country), and the hub left out. */
export function laneLayout(dataset: Dataset, countries: readonly string[]): { lanes: Lanes; hub?: string } {
  if (countries.length > 0) {
    const reach = countries.map((id) => [id, [id, ...groupsOf(dataset, id).map((g) => g.id)]] as const);
    return {
      lanes: (event) => {
        const lanes = reach.filter(([, ids]) => ids.some((id) => event.countries.includes(id)));
        return lanes.length > 0 ? lanes.map(([id]) => id) : event.countries;
      },
    };
  }
  const hub = hubOf(dataset);
  const lanes: Lanes = (event) => {
    const others = event.countries.filter((id) => id !== hub);
    return others.length > 0 ? others : event.countries;
  };
  return hub === undefined ? { lanes } : { lanes, hub };
}
