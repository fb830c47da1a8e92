/**
 * A meeting's address as links to a map: a `geo:` URI (RFC 5870) that phones open in their
 * map app, and an OpenStreetMap page for any browser. With the venue's coordinates both
 * point at the place; without them, `geo:0,0?q=` (the form Android and iOS map apps read
 * as a search) and OpenStreetMap's search look the address up.
 */
export interface MappableVenue {
  address: string;
  coordinates?: { latitude: number; longitude: number } | undefined;
}

export interface MapLinks {
  geo: string;
  openStreetMap: string;
}

export function mapLinks(venue: MappableVenue): MapLinks {
  const query = encodeURIComponent(venue.address);
  if (!venue.coordinates) {
    return {
      geo: `geo:0,0?q=${query}`,
      openStreetMap: `https://www.openstreetmap.org/search?query=${query}`,
    };
  }
  const { latitude: lat, longitude: lon } = venue.coordinates;
  return {
    geo: `geo:${lat},${lon}`,
    openStreetMap: `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`,
  };
}
