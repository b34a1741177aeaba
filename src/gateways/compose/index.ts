export { createComposeGateway } from "./composeGateway";
export type { ComposeGatewayOptions } from "./composeGateway";
export { composeSuitable, COMPOSE_MAX_ROWS } from "./composeSuitable";
export type { Suitability } from "./composeSuitable";
export { composeLimitBreach, COMPOSE_MAX_BODY_BYTES, COMPOSE_MAX_RECIPIENTS, COMPOSE_MAX_SUBJECT } from "./composeLimits";
