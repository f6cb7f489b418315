// A conference's own settings (team only): the form under the Conferences
// table. What each setting does on FreeSWITCH: docs/conference-settings.md.

import { api, esc, say, describeWrite } from './util.js';

const FLAGS = [
  ['wait_for_moderator', 'Members wait until a moderator joins'],
  ['announce', 'Tone when a member joins or leaves'],
  ['auto_record', 'Record automatically'],
  ['mute_on_entry', 'Mute callers without moderator rights on entry'],
];

export const SETTINGS_FORM = `
    <form class="panel" id="conf-settings" hidden aria-labelledby="cs-title"><h3 id="cs-title" tabindex="-1">Settings</h3>
      <div class="row">
        <div class="field"><label for="cs-pin">Conference PIN</label><input id="cs-pin" name="pin" inputmode="numeric" autocomplete="off" aria-describedby="cs-pin-hint"><span class="hint" id="cs-pin-hint">Digits; empty: each caller types their own PIN</span></div>
        <div class="field"><label for="cs-moderator_pin">Moderator PIN</label><input id="cs-moderator_pin" name="moderator_pin" inputmode="numeric" autocomplete="off"></div>
        <div class="field"><label for="cs-max">Maximum members</label><input id="cs-max" name="max_members" type="number" min="2" aria-describedby="cs-max-hint"><span class="hint" id="cs-max-hint">Empty: no limit</span></div>
      </div>
      <fieldset class="row"><legend>On FreeSWITCH</legend>${FLAGS.map(([k, t]) =>
    `<label class="check"><input type="checkbox" id="cs-${k}" name="${k}"> ${esc(t)}</label>`).join('')}</fieldset>
      <div class="row"><button data-write type="submit">Save settings</button> <button type="button" class="quiet" id="cs-cancel">Cancel</button></div>
      <p id="cs-msg" role="status" hidden></p>
      <p class="hint">A running conference keeps its limits and flags until it ends; PINs and tones apply to the next caller.</p></form>`;

/** A conference's own settings in a few words, for its table row. */
export function summary(s) {
  if (!s) return '';
  const words = [];
  if (s.pin) words.push('PIN');
  if (s.moderator_pin) words.push('moderator PIN');
  if (s.max_members) words.push(`max ${s.max_members}`);
  if (s.wait_for_moderator) words.push('waits for a moderator');
  if (s.announce) words.push('join/leave tones');
  if (s.auto_record) words.push('records');
  if (s.mute_on_entry) words.push('mutes on entry');
  return words.join(', ') || 'none';
}

/** Wires the settings form of the Conferences view `el`; `saved` runs
 * after a successful save. */
export function settingsForm(el, saved) {
  const $ = (s) => el.querySelector(s);
  const form = $('#conf-settings');
  let num = null;
  let name = '';
  $('#cs-cancel').addEventListener('click', () => { form.hidden = true; });
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const f = new FormData(form);
    const max = String(f.get('max_members') ?? '').trim();
    const change = {
      num,
      pin: String(f.get('pin') ?? '').trim(),
      moderator_pin: String(f.get('moderator_pin') ?? '').trim(),
      max_members: max === '' ? 0 : Number(max),
    };
    if (max !== '' && !Number.isInteger(change.max_members)) return say($('#cs-msg'), 'Maximum members must be a whole number.');
    for (const [k] of FLAGS) change[k] = $(`#cs-${k}`).checked;
    say($('#cs-msg'), 'Working…', true);
    try {
      const d = describeWrite(await api('POST', '/api/conferences/settings', [change]));
      say($('#cs-msg'), d.ok ? `Saved the settings of ${name} (${num}).` : d.text, d.ok);
      if (d.ok) await saved();
    } catch (err) {
      say($('#cs-msg'), err.message);
    }
  });
  /** Opens the form for conference `n` with its current settings. */
  return async (n) => {
    const all = await api('GET', '/api/conferences/settings');
    const c = all.conferences.find((x) => x.num === n);
    if (!c) return;
    num = n;
    name = c.name;
    const s = c.settings;
    $('#cs-title').textContent = `Settings of ${c.name} (${c.num})`;
    $('#cs-pin').value = s.pin ?? '';
    $('#cs-moderator_pin').value = s.moderator_pin ?? '';
    $('#cs-max').value = s.max_members ?? '';
    for (const [k] of FLAGS) $(`#cs-${k}`).checked = !!s[k];
    $('#cs-msg').hidden = true;
    form.hidden = false;
    $('#cs-title').focus();
  };
}
