/** Units of measure recognised after a number, and the symbol reported as the figure's unit. */

/** [written forms (a regex alternative, matched case-insensitively unless noted; no Unicode classes), reported unit]. */
export const MEASURE_UNITS: ReadonlyArray<readonly [string, string]> = [
  ['km/h|kph|km/ч|км/ч', 'km/h'], ['mph', 'mph'],
  ['square kilomet(?:er|re)s?|sq\\.? ?km|km²|km2|кв\\. ?км', 'km²'], ['square miles?|sq\\.? ?mi', 'sq mi'],
  ['kilomet(?:er|re)s?|kilomètres?|kilómetros?|chilometri|km|км|километр[а-яё]*', 'km'],
  ['miles?|meilen', 'mi'], ['met(?:er|re)s?|mètres?|metros?|metri|м|метр[а-яё]*', 'm'], ['feet|foot|ft', 'ft'],
  ['centimet(?:er|re)s?|cm|см', 'cm'], ['millimet(?:er|re)s?|mm|мм', 'mm'],
  ['tonnes?|tons?|tonnen|toneladas|tonnellate|t|тонн[а-яё]*|т', 't'], ['kilograms?|kilogrammes?|kilos?|kg|кг', 'kg'],
  ['grams?|grammes?|g|г', 'g'], ['pounds? of|lbs?', 'lb'],
  ['°\\s?C|degrees? Celsius|grad Celsius|градус[а-яё]* Цельсия', '°C'], ['°\\s?F|degrees? Fahrenheit', '°F'],
  ['gigawatts?|GW|ГВт', 'GW'], ['megawatts?|MW|МВт', 'MW'], ['kilowatts?|kW|кВт', 'kW'],
  ['terawatt[- ]hours?|TWh', 'TWh'], ['gigawatt[- ]hours?|GWh', 'GWh'], ['megawatt[- ]hours?|MWh', 'MWh'], ['kilowatt[- ]hours?|kWh|кВт·ч', 'kWh'],
  ['hectares?|ha|га', 'ha'], ['acres?', 'acres'], ['lit(?:er|re)s?|l|литр[а-яё]*', 'l'], ['barrels?|bbl|баррел[а-яё]*', 'barrels'],
  ['cubic met(?:er|re)s?|m³|m3|куб\\. ?м', 'm³'], ['gigabytes?|GB', 'GB'], ['terabytes?|TB', 'TB'],
];

/** Units made of one or two letters that are also ordinary words or scale letters: need no space before them or an exact case. */
export const SHORT_UNITS = new Set(['m', 't', 'g', 'l', 'ha', 'м', 'т', 'г', 'км']);
