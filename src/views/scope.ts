// How a list marks a record that reaches the country asked for only through a group it
// belongs to, as the brief does: the group written out ("the CAR" reads as the Central
// African Republic to many).

/** "across the Central Asian republics" for a record reached through that group, else "". */
export function scopeMark(via: string | undefined, name: (id: string) => string): string {
  return via === undefined ? '' : `across the ${name(via)}`;
}
