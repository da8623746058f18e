// Minimal typings for the parts of the `edtf` package that car-brief uses.
declare module 'edtf' {
  interface ExtDate {
    readonly type: string;
    readonly min: number;
    readonly max: number;
    readonly edtf: string;
  }
  export default function edtf(input: string): ExtDate;
}
