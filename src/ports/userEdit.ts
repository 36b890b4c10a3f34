/** What the host tells of a change the user made (Excel's onChanged event), for a re-check of what it touched. */
export interface UserEdit {
  /** The sheet's name ("" when the host could not tell). */
  readonly sheet: string;
  /** The A1 address of the changed cells, as the host reports it. */
  readonly address: string;
  /** Only cells were edited: no row, column or cell inserted or deleted (the sheet's layout is as it was). */
  readonly cellsOnly: boolean;
}
