// The labels live beside the concerns module so the PDF case file and the pages say the same.
export * from '../../../server/modules/concerns/concern-labels.ts';
