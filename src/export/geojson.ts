import type { Geo } from '../core/types.js';
import type { ExportContext } from './context.js';
import { edgeFields, nodeFields } from './json.js';
import { clean } from './text.js';

// GeoJSON (RFC 7946) for QGIS and kepler.gl: a Point per entity with coordinates (places, and
// countries where the gazetteer gave a centroid), a LineString per relation whose two ends
// both have coordinates. Positions are [longitude, latitude], in that order.

export function* writeGeoJson(ctx: ExportContext): Generator<string> {
  const { graph, display } = ctx;
  yield `{"type":"FeatureCollection","name":${JSON.stringify(clean(ctx.title))},"features":[`;
  let first = true;
  for (const { node, attributes } of graph.nodeEntries()) {
    const at = lonLat(attributes.geo);
    if (!at) continue;
    const d = display.node(node, attributes);
    const properties = nodeFields(attributes, { id: node, name: clean(d.label), color: d.color, size: d.size });
    yield `${first ? '' : ','}\n${JSON.stringify({ type: 'Feature', id: node, geometry: { type: 'Point', coordinates: at }, properties })}`;
    first = false;
  }
  for (const { edge, attributes, source, target, sourceAttributes, targetAttributes } of graph.edgeEntries()) {
    const from = lonLat(sourceAttributes.geo);
    const to = lonLat(targetAttributes.geo);
    if (!from || !to) continue;
    const d = display.edge(edge, attributes);
    const properties = edgeFields(attributes, { id: edge, source, target, label: d.label, color: d.color, opacity: d.alpha, lineStyle: d.lineStyle, weight: d.weight });
    yield `${first ? '' : ','}\n${JSON.stringify({ type: 'Feature', id: edge, geometry: { type: 'LineString', coordinates: [from, to] }, properties })}`;
    first = false;
  }
  yield ']}\n';
}

/** [lon, lat], or nothing when the coordinates are missing or outside the globe. */
function lonLat(geo: Geo | undefined): [number, number] | undefined {
  if (!geo) return undefined;
  const { lat, lon } = geo;
  if (!(Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) return undefined;
  return [lon, lat];
}
