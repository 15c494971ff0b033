import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

describe('media feature emulation', () => {
  afterEach(() => executeServerCommand('emulate-media-features', []));

  it('turns forced colors on and off', async () => {
    await executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }]);
    expect(matchMedia('(forced-colors: active)').matches).to.be.true;
    await executeServerCommand('emulate-media-features', []);
    expect(matchMedia('(forced-colors: active)').matches).to.be.false;
  });
});
