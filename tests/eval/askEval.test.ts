import { describe, expect, it } from 'vitest';
import { evaluateAsk, loadQuestions } from './askEval.js';

describe('the /ask question set (tests/eval/questions.yaml)', () => {
  const questions = loadQuestions();

  it('has at least 150 questions, a third of them held out, on the seed and the other stories', () => {
    expect(questions.length).toBeGreaterThanOrEqual(150);
    const held = questions.filter((q) => q.holdout).length;
    expect(held / questions.length).toBeGreaterThanOrEqual(0.3);
    expect(new Set(questions.map((q) => q.story)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(questions.map((q) => q.q.toLowerCase())).size).toBe(questions.length);
  });

  it('routes at least 90% of the holdout to the right answer with the right reading', { timeout: 60_000 }, async () => {
    const report = await evaluateAsk(questions);
    expect(report.holdout.right / report.holdout.total).toBeGreaterThanOrEqual(0.9);
    expect(report.right / report.total).toBeGreaterThanOrEqual(0.9);
  });
});
