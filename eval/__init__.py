"""The evaluation: gold questions, scoring rules, metrics, baselines and the CI gate."""
