/** What the rendered popup can ask for; the controller implements it over `PopupApi`. */
export interface PopupActions {
  setSiteEnabled(enabled: boolean): void;
  setRevealed(revealed: boolean): void;
  scrollTo(text: string): void;
  copy(format: 'markdown' | 'text'): void;
  openOptions(): void;
  retry(): void;
  requestAccess(): void;
  reloadTab(): void;
}
