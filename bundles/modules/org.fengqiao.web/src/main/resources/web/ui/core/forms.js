// Form parts: the intake fields a board describes (all six datatypes), and problems the API reports, shown at
// the field they name (aria-invalid + aria-describedby), in the user's language.
import { html, nothing } from '/webjars/lit-html/lit-html.js';
import { t, has, label, localInput } from './i18n.js';

/** The text for one problem of the API's error body: the message bundle's when it knows the code. */
export function problemText(problem, fieldLabel) {
  const key = `error.${problem.code}`;
  return has(key) ? t(key, { field: fieldLabel || problem.field || '' }) : problem.message;
}

/** The text for a whole failed request. */
export function errorText(error) {
  if (!error) return '';
  const key = `error.${error.code}`;
  return has(key) ? t(key) : error.message;
}

export function fieldError(error, path, fieldLabel) {
  const problem = error?.detail?.(path);
  return problem ? html`<p class="field-error" id=${`err-${path}`} role="alert">${problemText(problem, fieldLabel)}</p>`
    : nothing;
}

/** A summary of problems that name no field on the form (shown above the buttons). */
export function formError(error, shownPaths = []) {
  if (!error) return nothing;
  const rest = (error.details || []).filter((d) => !shownPaths.includes(d.field));
  if (error.details?.length && rest.length === 0) {
    return html`<p class="form-error" role="alert">${t('form.fixFields')}</p>`;
  }
  return html`<div class="form-error" role="alert"><p>${errorText(error)}</p>
    ${rest.length ? html`<ul>${rest.map((d) => html`<li>${d.field ? `${d.field}: ` : ''}${problemText(d)}</li>`)}</ul>` : nothing}
  </div>`;
}

function describedBy(error, path) {
  return error?.detail?.(path) ? `err-${path}` : nothing;
}

/** A plain labelled control. kind: text, textarea, password, number, select, datetime-local. */
export function control({ name, labelText, value = '', kind = 'text', required = false, error, path = name,
  options = [], maxLength, hint, autocomplete }) {
  const id = `f-${path}`;
  const invalid = error?.detail?.(path) ? 'true' : 'false';
  let input;
  if (kind === 'textarea') {
    input = html`<textarea id=${id} name=${name} ?required=${required} aria-invalid=${invalid}
      aria-describedby=${describedBy(error, path)} maxlength=${maxLength ?? nothing} rows="5"
      .value=${value ?? ''}></textarea>`;
  } else if (kind === 'select') {
    input = html`<select id=${id} name=${name} ?required=${required} aria-invalid=${invalid}
      aria-describedby=${describedBy(error, path)}>
      ${required ? nothing : html`<option value="">${t('form.none')}</option>`}
      ${options.map((o) => html`<option value=${o.value} ?selected=${String(o.value) === String(value)}>${o.text}</option>`)}
    </select>`;
  } else {
    input = html`<input id=${id} name=${name} type=${kind} .value=${value ?? ''} ?required=${required}
      aria-invalid=${invalid} aria-describedby=${describedBy(error, path)} maxlength=${maxLength ?? nothing}
      autocomplete=${autocomplete ?? nothing} step=${kind === 'number' ? 'any' : nothing}>`;
  }
  return html`<div class="field">
    <label for=${id}>${labelText}${required ? html`<span class="required" aria-hidden="true"> *</span>` : nothing}</label>
    ${hint ? html`<p class="hint">${hint}</p>` : nothing}
    ${input}
    ${fieldError(error, path, labelText)}
  </div>`;
}

/** One intake field of a board, by its datatype. */
export function intakeField(field, value, error) {
  const path = `fields.${field.code}`;
  const text = label(field.label);
  const options = (field.allowedValues || []).map((v) => ({ value: v.code, text: label(v.label) }));
  switch (field.type) {
    case 'text':
      return control({ name: path, labelText: text, value, kind: 'textarea', required: field.required, error, path,
        maxLength: field.maxLength });
    case 'number':
      return control({ name: path, labelText: text, value, kind: 'number', required: field.required, error, path });
    case 'datetime':
      return control({ name: path, labelText: text, value, kind: 'datetime-local', required: field.required, error,
        path });
    case 'singlevaluelist':
      return control({ name: path, labelText: text, value, kind: 'select', required: field.required, error, path,
        options });
    case 'multivaluelist': {
      const chosen = Array.isArray(value) ? value : [];
      return html`<fieldset class="field" aria-invalid=${error?.detail?.(path) ? 'true' : 'false'}
        aria-describedby=${describedBy(error, path)}>
        <legend>${text}${field.required ? html`<span class="required" aria-hidden="true"> *</span>` : nothing}</legend>
        ${options.map((o) => html`<label class="check"><input type="checkbox" name=${path} value=${o.value}
          ?checked=${chosen.includes(o.value)}> ${o.text}</label>`)}
        ${fieldError(error, path, text)}
      </fieldset>`;
    }
    default:
      return control({ name: path, labelText: text, value, required: field.required, error, path,
        maxLength: field.maxLength });
  }
}

/** The values of intake fields from a submitted form, typed as the API wants them. */
export function readIntake(form, fields) {
  const data = new FormData(form);
  const out = {};
  for (const field of fields) {
    const path = `fields.${field.code}`;
    if (field.type === 'multivaluelist') {
      const values = data.getAll(path);
      if (values.length) out[field.code] = values;
      continue;
    }
    const raw = (data.get(path) ?? '').toString().trim();
    if (raw === '') continue;
    out[field.code] = field.type === 'number' && !Number.isNaN(Number(raw)) ? Number(raw) : raw;
  }
  return out;
}

/** A field's value for showing on a ticket: list codes as their labels, date-times in the city's zone. */
export function showValue(field, value) {
  if (value == null) return '';
  if (!field) return Array.isArray(value) ? value.join(', ') : String(value);
  const name = (code) => label((field.allowedValues || []).find((v) => v.code === code)?.label) || code;
  if (field.type === 'multivaluelist') return (Array.isArray(value) ? value : [value]).map(name).join('、');
  if (field.type === 'singlevaluelist') return name(value);
  if (field.type === 'datetime') {
    // a time typed on a form is the city's local time; one with an offset is shown in the city's zone
    return /(Z|[+-]\d\d:\d\d)$/.test(value) ? localInput(value).replace('T', ' ') : String(value).replace('T', ' ');
  }
  return String(value);
}

/**
 * A form's submit handler: runs action(data, form); an API error is kept in view.error, for the form to show at
 * its fields; view.draw() shows the outcome either way.
 */
export function submitter(view, action) {
  return async (e) => {
    e.preventDefault();
    view.error = null;
    try {
      await action(new FormData(e.target), e.target);
    } catch (err) {
      view.error = err;
    }
    view.draw();
  };
}
