import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import schema from '../schema/peel-assessment.schema.json' with { type: 'json' };

describe('test infrastructure', () => {
  it('validates against the schema in the browser', () => {
    const validator = new Validator(schema as never, '2020-12', false);
    expect(validator.validate({ force: { name: 'X' } }).valid).to.be.true;
    expect(validator.validate({ force: {} }).valid).to.be.false;
  });
});
