"""The parts of the events stage (`accord.components.events`): grammar helpers read off the
parse, and the readings `EventCoder` is made of, one module per question it answers."""
