import { StreamOrder } from './stream-order.js';

describe('StreamOrder', () => {
  it('admits sequences one after another from past the ack floor', () => {
    const order = new StreamOrder(1000);
    order.resume(4, 1);
    expect([5, 6, 7].map((seq) => order.admit(seq))).toEqual(['in-order', 'in-order', 'in-order']);
  });

  it('holds back a later message while an earlier one is out, then takes them in order', () => {
    const order = new StreamOrder(1000, () => 0);
    order.resume(4, 1);
    expect(order.admit(7)).toBe('early');
    expect(order.admit(5)).toBe('in-order');
    expect(order.admit(7)).toBe('early');
    expect(order.admit(6)).toBe('in-order');
    expect(order.admit(7)).toBe('in-order');
    expect(order.admit(3)).toBe('in-order'); // a redelivery of one already handed over
    expect(order.expected).toBe(8);
  });

  it('starts at the stream’s first message when older ones expired', () => {
    const order = new StreamOrder(1000);
    order.resume(0, 120);
    expect(order.admit(120)).toBe('in-order');
  });

  it('gives up on a missing message after the given time', () => {
    let now = 0;
    const order = new StreamOrder(1000, () => now);
    order.resume(4, 1);
    expect(order.admit(9)).toBe('early');
    now = 999;
    expect(order.admit(9)).toBe('early');
    now = 1000;
    expect(order.admit(9)).toBe('gave-up');
    expect(order.admit(10)).toBe('in-order');
  });
});
