"""The performance suite (DESIGN.md §8): each figure beside a baseline measured in the same run."""
