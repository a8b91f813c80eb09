// How an exercise's prescription reads and which amount field a set of it takes.

export const amountField = (exercise) => (exercise.kind === 'timed' ? 'seconds' : 'reps');

export function prescribedAmount(exercise) {
  return exercise.kind === 'timed' ? exercise.seconds : exercise.reps;
}

export function unitLabel(exercise) {
  if (exercise.kind === 'timed') return 'seconds';
  return exercise.unit || 'reps';
}

export function prescription(exercise) {
  const sets = `${exercise.sets} ${exercise.sets === 1 ? 'set' : 'sets'}`;
  const amount = `${prescribedAmount(exercise)} ${exercise.kind === 'timed' ? 's' : unitLabel(exercise)}`;
  return `${sets} × ${amount}${exercise.sided ? ' per side' : ''}`;
}

/** "12 reps", "300 s", "26 letters · left", "10 reps · 40 kg" */
export function describeSet(set, exercise) {
  const parts = [];
  if (set.reps != null) parts.push(`${set.reps} ${exercise ? unitLabel(exercise) : 'reps'}`);
  if (set.seconds != null) parts.push(`${set.seconds} s`);
  if (set.side) parts.push(set.side);
  if (set.loadKg != null) parts.push(`${set.loadKg} kg`);
  return parts.join(' · ');
}

export const slotKey = (exerciseId, side) => `${exerciseId}|${side ?? ''}`;

export const WHERE = [
  { where: 'gym', title: 'At the gym' },
  { where: 'home', title: 'At home' },
];
