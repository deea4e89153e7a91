variable project_name
set project_name "myproject"
variable backend
set backend "vivado"
variable part
set part "xcvu9p-flga2104-2-e"
variable clock_period
set clock_period 25
variable clock_uncertainty
set clock_uncertainty 27%
variable version
set version "1.0.0"
