// English for <portal-measurements>, merged by ../en.ts.
import { str } from '@lit/localize';

export const measurements = {
  'measurements.title': 'Measurements',
  'measurements.recentTitle': 'Latest measurements',
  'measurements.noneYet': 'There are no measurements yet.',
  'measurements.noneInPeriod': 'There are no measurements in this period.',
  'measurements.noneOfKind': 'No measurements in this period.',
  'measurements.all': 'All measurements',
  'measurements.kind': 'Kind of measurement',
  'measurements.allKinds': 'All kinds',
  'measurements.kind.weight': 'Weight',
  'measurements.kind.temperature': 'Temperature',
  'measurements.kind.pulse': 'Heart rate',
  'measurements.kind.systolic': 'Systolic',
  'measurements.kind.diastolic': 'Diastolic',
  'measurements.kind.glucose': 'Blood sugar',
  'measurements.kind.oxygen': 'Oxygen in the blood',
  'measurements.kind.bloodPressure': 'Blood pressure',
  'measurements.outOfRange': 'Outside the normal range',
  'measurements.range': 'Normal range',
  'measurements.summary': str`${0}: ${1} measurements from ${2} to ${3}.`,
  'measurements.lowHigh': str`${0}lowest ${1}, highest ${2} ${3}.`,
  'measurements.outCount': str`${0} outside the normal range.`,
  'measurements.value': 'Value',
  'measurements.when': 'Date and time',
  'measurements.note': 'Note',
};
