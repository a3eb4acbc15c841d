/** Messages of the map (web/src/core/map) and its uses on the participatory budget pages. Same keys as `map.pl.ts`. */
export default {
  'map.zoomIn': 'Zoom in',
  'map.zoomOut': 'Zoom out',
  'map.fit': 'Show all markers',
  'map.fitOne': 'Back to the marker',
  'map.attribution': '© OpenStreetMap contributors',
  'map.newTab': '(opens in a new tab)',
  'map.tilesFailed': 'The map background could not be loaded (offline?). The markers are in their places.',
  'map.close': 'Close the description: {name}',
  // The marker of a group of overlapping markers (plural forms as Intl.PluralRules names them; Polish has four).
  'map.group.one': '{count} project at this place',
  'map.group.few': '{count} projects at this place',
  'map.group.many': '{count} projects at this place',
  'map.group.other': '{count} projects at this place',
  'map.crosshair': 'Crosshair: latitude {lat}, longitude {lng}',
  'map.help': 'Drag the map to move it, or use the arrow keys while it has focus. The + and − keys zoom in and out.',
  'map.helpMarkers':
    'Drag the map to move it, or use the arrow keys while it has focus; + and − zoom in and out. Tab reaches the markers, Enter opens a project’s description.',
  'map.helpPicker':
    'Click or tap the map to mark a point. With the keyboard: the arrow keys move the map under the crosshair in the middle, Enter marks the point under the crosshair, + and − zoom in and out.',

  'map.projects.viewLabel': 'How to show the projects',
  'map.projects.viewList': 'List',
  'map.projects.viewMap': 'Map',
  'map.projects.mapHeading': 'Map of projects',
  'map.projects.mapLabel': 'Map of projects',
  'map.projects.textAlternative':
    'Projects with a location on the map: {count}. The same information is in the list below the map: projects with their addresses, and separately the projects without a location.',
  'map.projects.markerLabel': 'No. {number}: {title}',
  'map.projects.onMapHeading': 'Projects on the map',
  'map.projects.withoutHeading': 'Projects without a location',
  'map.projects.noneOnMap': 'None of these projects has a point on the map.',

  'map.project.heading': 'Location on the map',
  'map.project.mapLabel': 'Map: location of the project {title}',
  'map.project.address': 'Place: {address}',
  'map.project.noAddress': 'The author did not describe the place in words.',

  'map.picker.hint':
    'Optional: mark the place on the map or type its coordinates. The project will then appear on the map of projects.',
  'map.picker.label': 'Map for marking the project’s place',
  'map.picker.fieldsNote':
    'The coordinates of the marked point are in the fields below; you can also type or correct them.',
  'map.picker.clear': 'Remove the point',
  'map.picker.placed': 'Point marked: latitude {lat}, longitude {lng}.',
  'map.picker.cleared': 'Point removed.',
  'map.picker.latOutside': 'This point is outside Poland: the latitude must be from {min} to {max}, e.g. 52.2297.',
  'map.picker.lngOutside': 'This point is outside Poland: the longitude must be from {min} to {max}, e.g. 21.0122.',
} as const
