#!/usr/bin/env node
// Writes a valid car-brief dataset of a chosen size, for benchmarks: the built-in data as it is,
// plus seeded, synthetic events, claims and actors in per-collection folders (events/gen-0001.yaml, ...).
// Every generated record cites a verbatim run of words of the built-in source text.
//
//   node scripts/gen-dataset.js --out DIR [--events N] [--claims N] [--actors N] [--per-file N]
//                               [--seed S] [--json FILE] [--focus COUNTRY:SHARE]
//
// --focus uzbekistan:0.5 makes that share of the generated events name the country (first), for a
// dataset where a --country filter matches more (the others are unchanged without it).
// The same arguments give byte-identical files. --json also writes every event (built-in and
// generated) as one JSON array, outside the dataset, for a jq baseline.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

// The items of a comma-separated list written over several lines.
const list = (text) => text.trim().split(/\s*,\s*/);

const BUILTIN = fileURLToPath(new URL('../data/', import.meta.url));
const COLLECTIONS = ['sources', 'actors', 'events', 'issues', 'claims'];
const SOURCE = 'pak-car-analysis-2024';

const EVENT_TYPES = list(`
  visit, meeting, agreement, sale, delivery, request, inspection, incident, statement, evacuation,
  relocation, conflict
`);
const CLAIM_KINDS = ['fact', 'fact', 'report', 'assessment'];
const ACTOR_KINDS = ['person', 'person', 'organisation', 'organisation', 'project', 'initiative', 'place'];
const ACTOR_KINDS_RARE = ['weapon-system', 'armed-group'];
const QUALIFIERS = ['exactly', 'over', 'under', 'about'];

// --- Vocabulary: words around the dataset's themes, so that search has something to find ---

const TOPICS = list(`
  gas pipeline, pipeline tariff, transit tariff, gas tariff, customs tariff, railway link,
  rail freight, railway gauge, road corridor, trade corridor, border crossing, dry port,
  seaport access, port fees, correspondent banking, banking channels, payment system,
  letters of credit, currency swap, barter trade, cotton exports, wheat imports, fruit exports,
  textile trade, pharmaceutical exports, power transmission, electricity imports, hydropower,
  energy security, oil products, liquefied gas, defence training, joint exercises, military hardware,
  trainer aircraft, fighter aircraft, radar systems, spare parts, counter-terrorism, border security,
  intelligence sharing, militant groups, student visas, medical students, university places,
  labour migration, visa regime, air links, direct flights, tourism, religious outreach,
  cultural exchange, investment protection, joint ventures, free trade, preferential trade,
  trade volume, transit trade, logistics, trucking permits
`);
const NOUNS = list(`
  agreement, memorandum, roadmap, protocol, talks, delegation, ministry, commission, committee,
  council, forum, summit, consultations, dialogue, framework, financing, feasibility study, survey,
  tender, contract, consortium, shipment, convoy, terminal, warehouse, checkpoint, border post,
  customs post, station, junction, compressor station, transmission line, grid, substation, refinery,
  field, reserves, quota, licence, permit, duty, levy, surcharge, subsidy, credit line, loan,
  guarantee, insurance, audit, inspection, certification, training course, cadets, officers,
  instructors, squadron, battalion, garrison, academy, hospital, hostel, campus, scholarship,
  exchange programme, embassy, consulate, envoy, attaché, minister, deputy minister, governor,
  chamber of commerce, business council, traders, exporters, importers, hauliers, farmers, engineers,
  contractors, investors, banks, central bank, stock exchange, market, prices, volumes, revenues,
  arrears, debt, budget, deadline, schedule, timetable, delays, bottlenecks, sanctions,
  security guarantees, route, alignment, section, segment, bridge, tunnel, pass, valley, corridor,
  highway, motorway, airport, airline, cargo, containers, wagons, locomotives, fuel, fertiliser,
  cement, steel, copper, uranium, cotton, wheat, rice, sugar, fruit, vegetables, medicines, textiles,
  leather, carpets
`);
const ADJECTIVES = list(`
  bilateral, trilateral, regional, strategic, long-delayed, stalled, revived, proposed, planned,
  preliminary, final, interim, joint, new, revised, expanded, reduced, higher, lower, preferential,
  concessional, commercial, military, civilian, technical, financial, legal, customs, transit,
  overland, maritime, cross-border, northern, southern, western, eastern, landlocked, seasonal,
  annual, multi-year, phased, pilot, urgent, cautious, sceptical, lukewarm, renewed, sustained,
  limited, modest, ambitious, costly, unresolved, disputed, contested, security, energy, trade,
  defence
`);
const VERBS = list(`
  discussed, reviewed, signed, initialled, ratified, approved, postponed, suspended, resumed,
  proposed, rejected, requested, offered, pledged, announced, inspected, inaugurated, completed,
  extended, renewed, raised, lowered, waived, imposed, negotiated, agreed on, pressed for, called for,
  objected to, insisted on, examined, financed, delivered, shipped, received, trained, hosted,
  visited, opened, closed, reopened, expanded, upgraded, modernised, surveyed, mapped, priced,
  audited, evaluated, questioned
`);
const CONNECTORS = list(`
  amid concerns over, despite disagreement on, as part of talks on, alongside, in exchange for,
  pending agreement on, linked to, with a view to, while deferring, after delays over, to ease,
  to speed up
`);
const FIRST_NAMES = list(`
  Aziz, Bakhtiyor, Dilnoza, Farrukh, Gulnara, Jamshid, Kamola, Nodira, Otabek, Rustam, Sardor, Timur,
  Ulugbek, Zarina, Aigerim, Bolat, Daniyar, Ermek, Nurlan, Saule, Almaz, Bakyt, Chyngyz, Meerim,
  Firuz, Manizha, Rahmon, Shahlo, Berdi, Maral, Serdar, Ayna, Imran, Ayesha, Bilal, Farah, Hamza,
  Mehreen, Omar, Sana, Tariq, Zainab, Kamran, Nadia, Faisal, Rashid, Leyla, Elchin, Nigar, Orkhan
`);
const LAST_NAMES = list(`
  Abdullaev, Karimova, Rakhimov, Tashkentova, Yusupov, Nazarova, Saidov, Ergashev, Tokayeva, Nurbekov,
  Seitkali, Zhakupov, Asanov, Mamytova, Osmonov, Sadykova, Rahimov, Safarova, Nazarov, Gurbanov,
  Atayeva, Berdiyev, Orazova, Qureshi, Malik, Chaudhry, Siddiqui, Hashmi, Butt, Abbasi, Khattak,
  Durrani, Mirza, Bhatti, Aliyev, Mammadova, Huseynov, Ismayilova, Jafarov, Hasanova
`);
const ORG_WORDS = list(`
  Authority, Corporation, Company, Agency, Board, Commission, Council, Directorate, Institute,
  Association, Chamber, Bank, Fund, Holding, Consortium, Bureau
`);
const NAME_PARTS = list(`
  Caspian, Amu Darya, Syr Darya, Fergana, Pamir, Karakoram, Khyber, Indus, Aral, Zarafshan, Kopet Dag,
  Tian Shan, Silk Road, Steppe, Oxus, Makran, Chitral, Wakhan, Termez, Quetta, Peshawar, Lahore,
  Samarkand, Bukhara, Khiva, Osh, Khujand, Mary, Turkmenbashi, Aktau
`);
const SECTORS = list(`
  Gas, Pipeline, Railway, Freight, Transit, Customs, Energy, Power, Trade, Export, Investment,
  Logistics, Aviation, Defence, Textile, Cotton, Grain, Mining, Education, Medical
`);
const TAGS = list(`
  trade, energy, gas, pipeline, tariff, railway, transport, banking, finance, defence, security,
  diplomacy, visits, education, students, labour, aviation, counter-terrorism, militancy,
  infrastructure, investment, agriculture
`);
const ROLES = list(`
  host, guest, signatory, buyer, seller, lender, contractor, operator, delegation head, mediator,
  supplier, recipient
`);
const ATTRIBUTIONS = ['media reports', 'officials quoted in the press', 'local reports', 'trade sources'];
const DATE_NOTES = list(`
  the source gives the month but not the year; the year is inferred from the surrounding events,
  the source says "this year"; it was written in late 2024,
  the year is inferred from the order in which the source tells the events
`);

// --- Randomness ---

// mulberry32: a small seeded PRNG returning floats in [0, 1).
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// The random helpers over one seeded generator.
function randomHelpers(seed) {
  const next = mulberry32(seed);
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chance = (p) => next() < p;
  // Up to n distinct items of list, in the order drawn.
  const some = (list, n) => {
    const chosen = new Set();
    for (let tries = 0; chosen.size < Math.min(n, list.length) && tries < n * 4; tries++)
      chosen.add(pick(list));
    return [...chosen];
  };
  return { next, int, pick, chance, some };
}

// --- Arguments ---

// Parses the command line into options, or exits with a usage message.
function parseArgs(argv) {
  const usage =
    'usage: node scripts/gen-dataset.js --out DIR [--events N] [--claims N] [--actors N] [--per-file N] [--seed S] [--json FILE] [--focus COUNTRY:SHARE]';
  const options = {
    out: undefined,
    events: 1000,
    claims: 1000,
    actors: 100,
    perFile: 500,
    seed: 1,
    json: undefined,
    focus: undefined,
  };
  const numeric = {
    '--events': 'events',
    '--claims': 'claims',
    '--actors': 'actors',
    '--per-file': 'perFile',
    '--seed': 'seed',
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === '--help' || flag === '-h') {
      console.log(usage);
      process.exit(0);
    }
    if (value === undefined) fail(`${flag} needs a value\n${usage}`);
    i++;
    if (flag === '--out') options.out = value;
    else if (flag === '--json') options.json = value;
    else if (flag === '--focus') {
      const [country, share] = value.split(':');
      if (!country || !(Number(share) >= 0 && Number(share) <= 1))
        fail(`--focus takes COUNTRY:SHARE, a share from 0 to 1, not ${value}`);
      options.focus = { country, share: Number(share) };
    } else if (flag in numeric) {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0) fail(`${flag} must be a whole number, not ${value}`);
      options[numeric[flag]] = n;
    } else fail(`unknown option ${flag}\n${usage}`);
  }
  if (!options.out) fail(`--out DIR is required\n${usage}`);
  if (options.perFile < 1) fail('--per-file must be at least 1');
  return options;
}

// Prints a message and exits with status 2.
function fail(message) {
  console.error(`gen-dataset: ${message}`);
  process.exit(2);
}

// --- The built-in dataset ---

// Folds a name as car-brief's name check does (case, accents, punctuation, spacing).
function normalizeName(name) {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// Reads one built-in collection file as plain data.
function readBuiltin(name) {
  return parse(readFileSync(join(BUILTIN, `${name}.yaml`), 'utf8')) ?? [];
}

// The ids and names of the built-in data that generated records refer to or must avoid.
function builtinIndex() {
  const actors = readBuiltin('actors');
  const taken = new Set();
  for (const actor of actors) {
    for (const name of [
      actor.id,
      actor.name,
      ...(actor.aliases ?? []),
      actor.iso2,
      actor.iso3,
      actor.capital,
    ]) {
      if (name) taken.add(normalizeName(name));
    }
  }
  const ids = (name) => readBuiltin(name).map((record) => record.id);
  return {
    countries: actors.filter((a) => a.kind === 'country' || a.kind === 'group').map((a) => a.id),
    countryNames: new Map(actors.filter((a) => a.kind === 'country').map((a) => [a.id, a.name])),
    otherActors: actors.filter((a) => a.kind !== 'country' && a.kind !== 'group').map((a) => a.id),
    organisations: actors.filter((a) => a.kind === 'organisation').map((a) => a.id),
    issues: ids('issues'),
    events: ids('events'),
    claims: ids('claims'),
    takenNames: taken,
  };
}

// The source text's paragraphs worth quoting (headings left out), each with its word spans.
function quotableParagraphs() {
  const text = readFileSync(join(BUILTIN, 'texts', `${SOURCE}.txt`), 'utf8');
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const paragraphs = [];
  lines.forEach((line, i) => {
    if (line.length < 150) return; // headings and short lines
    const words = [...line.matchAll(/\S+/g)].map((m) => [m.index, m.index + m[0].length]);
    paragraphs.push({ number: i + 1, line, words });
  });
  const withNumbers = [];
  for (const p of paragraphs) {
    p.words.forEach(([start, end], w) => {
      if (numbersIn(p.line.slice(start, end)).size > 0) withNumbers.push([p, w]);
    });
  }
  return { paragraphs, withNumbers };
}

// The number words car-brief's figure check reads, with their values.
const NUMBER_WORDS = Object.fromEntries(
  list(`
  one 1, two 2, three 3, four 4, five 5, six 6, seven 7, eight 8, nine 9, ten 10, eleven 11,
  twelve 12, thirteen 13, fourteen 14, fifteen 15, sixteen 16, seventeen 17, eighteen 18, nineteen 19,
  twenty 20, thirty 30, forty 40, fifty 50, sixty 60, seventy 70, eighty 80, ninety 90, hundred 100,
  thousand 1000, dozen 12
`).map((pair) => [pair.split(' ')[0], Number(pair.split(' ')[1])]),
);

// The numbers a text states, as car-brief's figure check reads them (digits or number words).
function numbersIn(text) {
  const numbers = new Set();
  for (const match of text.matchAll(/\d[\d,]*(?:\.\d+)?/g)) numbers.add(Number(match[0].replace(/,/g, '')));
  for (const word of text.toLowerCase().match(/[a-z]+/g) ?? []) {
    if (Object.hasOwn(NUMBER_WORDS, word)) numbers.add(NUMBER_WORDS[word]);
  }
  return numbers;
}

// --- Record generation ---

// Builds the generator of records for one run: citations, dates, words, and the three record kinds.
function recordMaker(rand, index, quotable, counts) {
  const { int, pick, chance, some } = rand;
  const pad = (n) => String(n).padStart(6, '0');
  const eventId = (n) => `gen-event-${pad(n)}`;
  const claimId = (n) => `gen-claim-${pad(n)}`;
  const actorId = (n) => `gen-actor-${pad(n)}`;
  const countryName = (id) => index.countryNames.get(id) ?? 'Central Asia';

  // A citation of a random run of 3-12 words; near a number when wantNumber.
  function citation(wantNumber = false) {
    let paragraph;
    let at;
    if (wantNumber && quotable.withNumbers.length > 0) [paragraph, at] = pick(quotable.withNumbers);
    else {
      paragraph = pick(quotable.paragraphs);
      at = int(0, paragraph.words.length - 1);
    }
    const length = int(3, 12);
    const first = Math.max(0, Math.min(at - int(0, length - 1), paragraph.words.length - length));
    const last = Math.min(paragraph.words.length - 1, first + length - 1);
    const quote = paragraph.line.slice(paragraph.words[first][0], paragraph.words[last][1]);
    return { source: SOURCE, paragraph: paragraph.number, quote };
  }

  // An EDTF date: years (sometimes a bare number), months, days, closed and open intervals.
  function date() {
    const year = int(1991, 2024);
    const month = int(1, 12);
    const mm = String(month).padStart(2, '0');
    const roll = rand.next();
    if (roll < 0.15) return year; // written unquoted: date: 2019
    if (roll < 0.35) return String(year);
    if (roll < 0.6) return `${year}-${mm}`;
    if (roll < 0.85) {
      const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
      return `${year}-${mm}-${String(int(1, days)).padStart(2, '0')}`;
    }
    if (roll < 0.96) {
      const end = month + int(1, 11);
      const endYear = year + Math.floor((end - 1) / 12);
      const endMonth = String(((end - 1) % 12) + 1).padStart(2, '0');
      return `${year}-${mm}/${endYear}-${endMonth}`;
    }
    return `${int(2022, 2024)}-${mm}/..`;
  }

  const topic = () => pick(TOPICS);
  const phrase = () => `${pick(ADJECTIVES)} ${pick(NOUNS)}`;
  const capitalize = (s) => s[0].toUpperCase() + s.slice(1);

  // A one-sentence summary or statement of 12-30 words.
  function sentence(subject) {
    let s = `${subject} ${pick(VERBS)} the ${phrase()} on ${topic()} ${pick(CONNECTORS)} ${topic()}`;
    if (chance(0.6)) s += `, and ${pick(VERBS)} ${pick(ADJECTIVES)} ${topic()} with ${pick(NOUNS)}`;
    if (chance(0.3)) s += ` ${pick(CONNECTORS)} the ${phrase()}`;
    return `${s}.`;
  }

  // Generated actors: kinds, unique names and aliases (none clashing with any other actor's).
  function actors() {
    const kinds = Array.from({ length: counts.actors }, () =>
      chance(0.08) ? pick(ACTOR_KINDS_RARE) : pick(ACTOR_KINDS),
    );
    const orgs = [
      ...index.organisations,
      ...kinds.flatMap((k, i) => (k === 'organisation' ? [actorId(i + 1)] : [])),
    ];
    return kinds.map((kind, i) => actor(actorId(i + 1), kind, orgs));
  }

  // A name not yet taken by any actor (tries fresh names, then adds a number), marked taken.
  function freshName(make, n) {
    for (let tries = 0; tries < 20; tries++) {
      const name = make();
      if (takeName(name)) return name;
    }
    for (let k = 2; ; k++) {
      const name = `${make()} ${suffix(n, k)}`;
      if (takeName(name)) return name;
    }
  }

  // Marks a name taken if it is free; says whether it was.
  function takeName(name) {
    const key = normalizeName(name);
    if (key === '' || index.takenNames.has(key)) return false;
    index.takenNames.add(key);
    return true;
  }

  // A distinguishing suffix for an otherwise taken name.
  function suffix(n, k) {
    return k === 2 ? `No. ${n}` : `No. ${n}-${k}`;
  }

  // One generated actor of the given kind.
  function actor(id, kind, orgs) {
    index.takenNames.add(normalizeName(id));
    const place = pick(NAME_PARTS);
    const makers = {
      person: () => `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`,
      organisation: () => `${place} ${pick(SECTORS)} ${pick(ORG_WORDS)}`,
      project: () =>
        `${pick(NAME_PARTS)} ${pick(SECTORS)} ${pick(['Project', 'Link', 'Corridor', 'Line', 'Scheme'])}`,
      initiative: () =>
        `${pick(NAME_PARTS)} ${pick(SECTORS)} ${pick(['Initiative', 'Partnership', 'Programme', 'Dialogue'])}`,
      place: () =>
        `${pick(NAME_PARTS)} ${pick(['Dry Port', 'Terminal', 'Crossing', 'Junction', 'Free Zone', 'Station'])}`,
      'weapon-system': () =>
        `${pick(NAME_PARTS)} ${pick(['trainer', 'radar', 'drone', 'patrol craft', 'rifle'])}`,
      'armed-group': () => `${pick(NAME_PARTS)} ${pick(['Front', 'Brigade', 'Movement', 'Network'])}`,
    };
    const name = freshName(makers[kind], Number(id.slice(-6)));
    const aliases = [];
    const initials = name
      .split(/\s+/)
      .filter((w) => /^[A-Z]/.test(w))
      .map((w) => w[0])
      .join('');
    if (kind !== 'person' && initials.length >= 3 && takeName(initials)) aliases.push(initials);
    if (kind === 'person' && chance(0.3)) {
      const variant = name
        .replace(/ov\b/, 'ow')
        .replace(/ev\b/, 'ew')
        .replace(/^(\S+) /, (m, f) => `${f[0]}. `);
      if (takeName(variant)) aliases.push(variant);
    }
    const record = {
      id,
      kind,
      name,
      aliases,
      summary: sentence(`${name}, a ${kind.replace('-', ' ')} associated with ${topic()},`),
    };
    if (kind === 'person') {
      record.roles = [
        {
          title: capitalize(`${pick(['head of', 'deputy head of', 'adviser on', 'envoy for'])} ${topic()}`),
          org: pick(orgs),
        },
      ];
      if (chance(0.5)) record.roles[0].from = String(int(2000, 2024));
    }
    if (kind === 'person' || kind === 'organisation') {
      if (chance(0.3)) record.affiliations = some(index.organisations, 1);
    }
    record.countries = some(index.countries, int(1, 2));
    record.tags = some(TAGS, int(1, 3));
    record.sources = Array.from({ length: int(1, 2) }, () => citation());
    return record;
  }

  // One generated event; n is its number, actorPool the ids it may name as actors.
  function event(n, actorPool) {
    const d = date();
    const status = String(d).endsWith('/..')
      ? 'ongoing'
      : pick(['happened', 'happened', 'happened', 'planned', 'ongoing']);
    const type = pick(EVENT_TYPES);
    let countries = some(index.countries, int(1, 3));
    if (counts.focus && chance(counts.focus.share))
      countries = [counts.focus.country, ...countries.filter((id) => id !== counts.focus.country)];
    const inferred = chance(0.15);
    const where = countryName(countries[0]);
    const record = {
      id: eventId(n),
      date: d,
      date_basis: inferred ? 'inferred' : 'stated',
      ...(inferred ? { date_note: pick(DATE_NOTES) } : {}),
      status,
      type,
      title: capitalize(`${where} ${type}: ${pick(ADJECTIVES)} ${topic()} ${pick(NOUNS)}`),
      summary: sentence(capitalize(`officials in ${where}`)),
      countries,
      actors: some(actorPool, int(0, 2)).map((id) => (chance(0.6) ? { id, role: pick(ROLES) } : { id })),
      tags: some(TAGS, int(1, 3)),
      issues: some(index.issues, int(0, 2)),
      sources: Array.from({ length: chance(0.2) ? 2 : 1 }, () => citation()),
    };
    return record;
  }

  // The ids a claim may be about: built-in and generated events, actors, issues, earlier claims.
  function aboutPool(n, actorPool) {
    const pool = [
      pick(index.events),
      pick(actorPool),
      pick(actorPool),
      pick(index.issues),
      pick(index.claims),
    ];
    if (counts.events > 0) pool.push(eventId(int(1, counts.events)), eventId(int(1, counts.events)));
    if (n > 1) pool.push(claimId(int(1, n - 1)));
    return pool;
  }

  // One generated claim; n is its number, actorPool the actor ids it may be about.
  function claimRecord(n, actorPool) {
    const kind = pick(CLAIM_KINDS);
    const sources = Array.from({ length: chance(0.15) ? 2 : 1 }, () => citation(chance(0.35)));
    const numbers = [...new Set(sources.flatMap((s) => [...numbersIn(s.quote)]))];
    const figures = numbers.slice(0, 2).map((value) => ({
      value,
      unit: pick(['per cent', 'units', 'kilometres', 'million dollars', 'students', 'aircraft', 'years']),
      of: `${pick(ADJECTIVES)} ${topic()}`,
      qualifier: pick(QUALIFIERS),
    }));
    const subject = pick(['Pakistan', 'Tashkent', 'Ashgabat', 'Islamabad', 'The Central Asian side', 'Baku']);
    return {
      id: claimId(n),
      about: some(aboutPool(n, actorPool), int(1, 3)),
      statement: sentence(subject),
      kind,
      ...(kind === 'report' ? { attribution: pick(ATTRIBUTIONS) } : {}),
      figures,
      tags: some(TAGS, int(1, 3)),
      sources,
    };
  }

  return { actors, event, claim: claimRecord };
}

// --- YAML and files ---

const PLAIN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const RESERVED = new Set(['null', 'true', 'false', 'yes', 'no', 'on', 'off', 'y', 'n']);

// A scalar as YAML: plain for numbers and safe slugs, else a JSON (double-quoted YAML) string.
function scalar(value) {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return PLAIN.test(value) && !RESERVED.has(value) ? value : JSON.stringify(value);
}

// A list of scalars in flow style.
function flow(list) {
  return `[${list.map(scalar).join(', ')}]`;
}

// One record as a YAML sequence item: scalars, flow lists, and lists of flat maps.
function recordYaml(record) {
  let out = '';
  let first = true;
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined) continue;
    out += `${first ? '- ' : '  '}${key}:`;
    first = false;
    if (!Array.isArray(value)) out += ` ${scalar(value)}\n`;
    else if (value.length === 0 || typeof value[0] !== 'object') out += ` ${flow(value)}\n`;
    else {
      out += '\n';
      for (const item of value) {
        let itemFirst = true;
        for (const [k, v] of Object.entries(item)) {
          out += `${itemFirst ? '    - ' : '      '}${k}: ${Array.isArray(v) ? flow(v) : scalar(v)}\n`;
          itemFirst = false;
        }
      }
    }
  }
  return out;
}

// Writes records into dir/<name>/gen-0001.yaml, ... perFile at a time; returns the files and bytes written.
function writeCollection(root, name, count, perFile, make, seed) {
  const written = { files: 0, bytes: 0 };
  if (count === 0) return written;
  const folder = join(root, name);
  mkdirSync(folder, { recursive: true });
  for (let n = 1; n <= count;) {
    const last = Math.min(count, n + perFile - 1);
    let text = `# Synthetic ${name} ${n}-${last} written by scripts/gen-dataset.js (seed ${seed}), for benchmarks.\n`;
    for (; n <= last; n++) text += `\n${recordYaml(make(n))}`;
    written.files++;
    writeFileSync(join(folder, `gen-${String(written.files).padStart(4, '0')}.yaml`), text);
    written.bytes += Buffer.byteLength(text);
  }
  return written;
}

// Copies the built-in dataset (collection files and source texts) into root; returns the bytes copied.
function copyBuiltin(root) {
  let bytes = 0;
  for (const name of COLLECTIONS) {
    const text = readFileSync(join(BUILTIN, `${name}.yaml`));
    writeFileSync(join(root, `${name}.yaml`), text);
    bytes += text.length;
  }
  cpSync(join(BUILTIN, 'texts'), join(root, 'texts'), { recursive: true });
  for (const file of readdirSync(join(root, 'texts')))
    bytes += readFileSync(join(root, 'texts', file)).length;
  return bytes;
}

// --- Main ---

// Generates the dataset the command line asks for.
function main() {
  const started = process.hrtime.bigint();
  const options = parseArgs(process.argv.slice(2));
  const root = resolve(options.out);
  if (existsSync(root) && readdirSync(root).length > 0) fail(`${options.out} exists and is not empty`);
  mkdirSync(root, { recursive: true });
  const rand = randomHelpers(options.seed);
  const index = builtinIndex();
  if (options.focus && !index.countries.includes(options.focus.country))
    fail(`--focus: no country ${options.focus.country} in the built-in data`);
  const maker = recordMaker(rand, index, quotableParagraphs(), options);

  const copied = copyBuiltin(root);
  const actors = maker.actors();
  const actorPool = [...index.otherActors, ...actors.map((a) => a.id)];
  const events = options.json
    ? readBuiltin('events').map((e) => JSON.stringify({ ...e, date: String(e.date) }))
    : null;
  // Each generated event, kept as JSON too when --json asks for it.
  const event = (n) => {
    const record = maker.event(n, actorPool);
    events?.push(JSON.stringify({ ...record, date: String(record.date) }));
    return record;
  };
  const claim = (n) => maker.claim(n, actorPool);
  const { perFile, seed } = options;
  const written = [
    writeCollection(root, 'actors', actors.length, perFile, (n) => actors[n - 1], seed),
    writeCollection(root, 'events', options.events, perFile, event, seed),
    writeCollection(root, 'claims', options.claims, perFile, claim, seed),
  ];
  if (options.json) writeFileSync(resolve(options.json), `[\n${events.join(',\n')}\n]\n`);

  const files = written.reduce((sum, w) => sum + w.files, 0);
  const bytes = written.reduce((sum, w) => sum + w.bytes, copied);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.error(
    `gen-dataset: ${options.out}: the built-in data plus ${options.events} events, ${options.claims} claims ` +
      `and ${actors.length} actors; ${(bytes / 1e6).toFixed(1)} MB written (${files} generated files)` +
      `${options.json ? `, ${events.length} events to ${options.json}` : ''}; seed ${seed}, ${seconds.toFixed(1)} s`,
  );
}

main();
