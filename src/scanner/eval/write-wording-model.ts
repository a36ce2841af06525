/**
 * `npm run train:scanner`: trains the wording model on every labelled set in fixtures/ and
 * writes src/scanner/wording-model.weights.json. Run it after adding or relabelling a set,
 * once that set's figures from before use are recorded (fixtures/README.md).
 */
import { writeFileSync } from 'node:fs';
import { allLabelledMessages } from './fixture-sets.ts';
import { trainWordingModel, weightsFile, weightsJson } from './train-wording-model.ts';

const messages = allLabelledMessages();
const weights = trainWordingModel(messages);
writeFileSync(weightsFile, weightsJson(weights));
console.log(
  `Trained on ${messages.length} labelled messages: ${Object.keys(weights.features).length} features, written to ${weightsFile}.`,
);
