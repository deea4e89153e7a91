variable project_name
set project_name "myproject"
variable backend
set backend "vitisaccelerator"
variable part
set part "xcu55c-fsvh2892-2L-e"
variable clock_period
set clock_period 5
variable clock_uncertainty
set clock_uncertainty 27%
