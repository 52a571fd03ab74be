/**
 * Every catalog, the ones a view joins when it loads too: for tests and tools that name any string without
 * loading that view first.
 */
import "./about";
import "./answers";
import "./check";
import "./form";
import "./grid";
import "./preview";
import "./repeat";
import "./rollup";
import "./tracking";
import "./views";

export * from "./index";
