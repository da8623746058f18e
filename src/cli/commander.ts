import { InvalidArgumentError, Option } from 'commander';
import type { OptionDeclaration } from '../spec/options.js';

// commander's Option objects, made from car-brief's declarations (cli/options.ts).

// Appends in place: a copy each time would make thousands of repeated flags cost quadratic time.
const collect = (value: string, previous?: string[]) => {
  if (!previous) return [value];
  previous.push(value);
  return previous;
};

/** The commander Option of a declared option. */
export function commanderOption(declared: OptionDeclaration): Option {
  const option = new Option(declared.flags, declared.description);
  const { choices } = declared;
  if (choices && declared.anyCase) option.argParser((value) => oneOf(value.toLowerCase(), choices));
  else if (choices) option.choices(choices);
  if (declared.repeatable) option.argParser(collect);
  return option;
}

// A value of a closed list, given in any case; else the list to use (a usage error, exit 2).
function oneOf(value: string, choices: readonly string[]): string {
  if (!choices.includes(value)) throw new InvalidArgumentError(`use one of: ${choices.join(', ')}`);
  return value;
}
