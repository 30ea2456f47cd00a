/** ChatKit's curve names (recharts' names) as d3-shape curve factories; x runs horizontally here. */
import {
  curveBasis, curveBasisClosed, curveBasisOpen, curveBumpX, curveBumpY, curveLinear, curveLinearClosed,
  curveMonotoneX, curveMonotoneY, curveNatural, curveStep, curveStepAfter, curveStepBefore, type CurveFactory,
} from 'd3-shape';
import type { CurveType } from './chart-props.js';

const CURVES: Readonly<Record<CurveType, CurveFactory>> = {
  basis: curveBasis,
  basisClosed: curveBasisClosed,
  basisOpen: curveBasisOpen,
  bumpX: curveBumpX,
  bumpY: curveBumpY,
  // recharts resolves the axis-less names by layout; charts here are horizontal.
  bump: curveBumpX,
  linear: curveLinear,
  linearClosed: curveLinearClosed,
  natural: curveNatural,
  monotoneX: curveMonotoneX,
  monotoneY: curveMonotoneY,
  monotone: curveMonotoneX,
  step: curveStep,
  stepBefore: curveStepBefore,
  stepAfter: curveStepAfter,
};

/** Unknown or missing names draw straight segments, recharts' default (`linear`). */
export function curveFactory(name: unknown): CurveFactory {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(CURVES, name)
    ? CURVES[name as CurveType]
    : curveLinear;
}
