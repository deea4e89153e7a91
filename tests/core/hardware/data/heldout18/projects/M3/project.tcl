variable project_name
set project_name "tau_nn"
variable backend
set backend "vivado"
variable part
set part "xcvu9p-flga2104-2L-e"
variable clock_period
set clock_period 2.8
variable clock_uncertainty
set clock_uncertainty 12.5%
variable version
set version "1.0.0"
