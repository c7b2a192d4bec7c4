// Addresses of the views: '#/<view>/<argument>?<toggles>'. Toggles live in the address, so a link shares them.

export const VIEW_NAMES = ['coverage', 'gaps', 'intervention', 'mechanisms', 'municipality', 'audit', 'scan'];

/** '#/municipality/mun:rotterdam?x=1' → {name: 'municipality', arg: 'mun:rotterdam', params: URLSearchParams} */
export function route() {
  const [path, query] = location.hash.replace(/^#\/?/, '').split('?');
  const [name, ...rest] = path.split('/');
  return {
    name: VIEW_NAMES.includes(name) ? name : 'coverage',
    arg: rest.length && rest.join('/') ? decodeURIComponent(rest.join('/')) : null,
    params: new URLSearchParams(query || ''),
  };
}

/** Changes toggles of the current view (null, false or '' removes one). */
export function setParams(changes) {
  const current = route();
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === false || value === '') current.params.delete(key);
    else current.params.set(key, value === true ? '1' : value);
  }
  const query = current.params.toString();
  location.hash = '#/' + current.name + (current.arg ? '/' + encodeURIComponent(current.arg) : '') + (query ? '?' + query : '');
}
