import { Activity } from '../activities/activities.entities';
import { itemMutations } from '../common/item-mutations';
import { belongsTo, relationsResolver } from '../common/relations';
import { OutcomeMeasurement } from '../outcomes/outcome-measurement.entity';
import {
  CreateOutcomeMeasurementInput,
  UpdateOutcomeMeasurementInput,
} from '../outcomes/outcome-measurement.inputs';
import { periodColumns } from '../youth-situation/youth-situation.providers';
import { QualityCheck } from './quality-check.entity';
import { CreateQualityCheckInput, UpdateQualityCheckInput } from './quality-check.inputs';

// Bouwstenen 4 and 5: the quality of each activity and its outcome.
export const qualityAndOutcomeProviders = [
  ...itemMutations(
    { entity: QualityCheck, name: 'QualityCheck' },
    CreateQualityCheckInput,
    UpdateQualityCheckInput,
  ),
  ...itemMutations(
    { entity: OutcomeMeasurement, name: 'OutcomeMeasurement', toColumns: periodColumns },
    CreateOutcomeMeasurementInput,
    UpdateOutcomeMeasurementInput,
  ),
  relationsResolver(() => QualityCheck, { activity: belongsTo(() => Activity, 'activityId') }),
  relationsResolver(() => OutcomeMeasurement, {
    activity: belongsTo(() => Activity, 'activityId'),
  }),
];
