#ifndef DEFINES_H_
#define DEFINES_H_

#include "ap_fixed.h"
#include "ap_int.h"
#include "nnet_utils/nnet_types.h"
#include <array>
#include <cstddef>
#include <cstdio>
#include <tuple>
#include <tuple>


// hls-fpga-machine-learning insert numbers

// hls-fpga-machine-learning insert layer-precision
typedef ap_fixed<16,6> input_t;
typedef ap_fixed<8,3,AP_RND_CONV,AP_SAT,0> layer40_t;
typedef ap_fixed<18,8> Quant_0_act_table_t;
typedef ap_fixed<19,7> Dense_MatMul_0_accum_t;
typedef ap_fixed<19,7> Dense_MatMul_0_result_t;
typedef ap_fixed<6,-1,AP_RND_CONV,AP_SAT_SYM,0> weight46_t;
typedef ap_fixed<16,6> model_default_t;
typedef ap_uint<1> layer46_index;
typedef ap_ufixed<6,2,AP_RND_CONV,AP_SAT,0> layer32_t;
typedef ap_fixed<18,8> Relu_0_table_t;
typedef ap_fixed<20,7> Dense_MatMul_1_accum_t;
typedef ap_fixed<20,7> Dense_MatMul_1_result_t;
typedef ap_fixed<8,-1,AP_RND_CONV,AP_SAT_SYM,0> weight47_t;
typedef ap_uint<1> layer47_index;
typedef ap_ufixed<8,0,AP_RND_CONV,AP_SAT,0> layer36_t;
typedef ap_fixed<18,8> Relu_1_table_t;
typedef ap_fixed<24,7> Dense_MatMul_2_accum_t;
typedef ap_fixed<24,7> result_t;
typedef ap_fixed<8,-1,AP_RND_CONV,AP_SAT_SYM,0> weight48_t;
typedef ap_uint<1> layer48_index;

// hls-fpga-machine-learning insert emulator-defines


#endif
