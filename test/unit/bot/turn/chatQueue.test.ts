import { ChatQueue } from '../../../../bot/turn/chatQueue';

const tick = () => new Promise((resolve) => setImmediate(resolve));

/** A turn that notes when it starts and ends, with a pause between. */
const recordingTurn = (log: string[]) => (name: string) => async () => {
  log.push(`${name} start`);
  await tick();
  log.push(`${name} end`);
};

describe('ChatQueue', () => {
  it('runs the turns of one chat one after the other', async () => {
    const queue = new ChatQueue();
    const log: string[] = [];
    const turn = recordingTurn(log);
    await Promise.all([queue.run('a', turn('1')), queue.run('a', turn('2'))]);
    expect(log).toEqual(['1 start', '1 end', '2 start', '2 end']);
  });

  it('runs different chats side by side', async () => {
    const queue = new ChatQueue();
    const log: string[] = [];
    const turn = recordingTurn(log);
    await Promise.all([queue.run('a', turn('a')), queue.run('b', turn('b'))]);
    expect(log.slice(0, 2)).toEqual(['a start', 'b start']);
  });

  it('goes on after a failed turn and reports the failure to its caller only', async () => {
    const queue = new ChatQueue();
    const failed = queue.run('a', async () => {
      throw new Error('boom');
    });
    const next = queue.run('a', async () => 'ok');
    await expect(failed).rejects.toThrow('boom');
    await expect(next).resolves.toBe('ok');
  });
});
