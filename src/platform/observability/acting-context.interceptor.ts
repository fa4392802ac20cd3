import {
  type CallHandler,
  type ExecutionContext,
  Inject,
  Injectable,
  type NestInterceptor,
  type Type,
} from '@nestjs/common';
import { trace } from '@opentelemetry/api';
import { Observable } from 'rxjs';
import { ActingContext } from './acting-context.js';
import { controllerContexts } from './system-shape.js';
import { CONTEXT_MODULES } from './tokens.js';

/**
 * Runs each route in the context that owns its controller, so that the
 * request's span, the commands it sends and the public queries it calls are
 * attributed to that context.
 */
@Injectable()
export class ActingContextInterceptor implements NestInterceptor {
  private readonly owners: Map<Type, string>;

  constructor(@Inject(CONTEXT_MODULES) modules: Readonly<Record<string, Type>>) {
    this.owners = controllerContexts(modules);
  }

  intercept(execution: ExecutionContext, next: CallHandler): Observable<unknown> {
    const owner = this.owners.get(execution.getClass<Type>());
    if (!owner) return next.handle();
    trace.getActiveSpan()?.setAttribute('emporium.context', owner);
    // Subscribing inside the run starts the route handler inside it.
    return new Observable((subscriber) =>
      ActingContext.run(owner, () => next.handle().subscribe(subscriber)),
    );
  }
}
