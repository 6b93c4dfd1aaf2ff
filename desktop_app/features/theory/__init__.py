"""The theory dock (issue 15): the local quadratic model's numbers, Goh's phase diagram with
a draggable setting, the sharpness trace and the predicted loss envelope. See feature.py."""
