import type { FormValue } from './form-values.js';

/** Reads the named controls of a form the way a ChatKit server expects them. */
export function readFormControls(form: HTMLFormElement): Array<[string, FormValue]> {
  const entries: Array<[string, FormValue]> = [];
  for (const element of Array.from(form.elements)) {
    const control = element as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    const name = control.name;
    if (!name || control.disabled) continue;
    if (control instanceof HTMLInputElement) {
      if (control.type === 'checkbox') entries.push([name, control.checked]);
      else if (control.type === 'radio') {
        if (control.checked) entries.push([name, control.value]);
      } else if (control.type === 'submit' || control.type === 'button' || control.type === 'reset') continue;
      else entries.push([name, control.value]);
    } else if (control instanceof HTMLSelectElement || control instanceof HTMLTextAreaElement) {
      entries.push([name, control.value]);
    }
  }
  // Radio groups with nothing chosen still send their name, as null.
  for (const element of Array.from(form.elements)) {
    const radio = element as HTMLInputElement;
    if (radio instanceof HTMLInputElement && radio.type === 'radio' && radio.name && !entries.some(([n]) => n === radio.name)) {
      entries.push([radio.name, null]);
    }
  }
  return entries;
}
